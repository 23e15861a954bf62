import { ApiProperty } from '@nestjs/swagger';
import type { Json, SameShape } from '../../../common/http/responds.js';
import type { ReferenceService } from '../reference.service.js';

/** One item of a paged list the service returns as [items, total]. */
type Item<M extends keyof ReferenceService> = ReferenceService[M] extends (...args: never[]) => Promise<[(infer I)[], unknown]> ? Json<I> : never;
type Result<M extends keyof ReferenceService> = ReferenceService[M] extends (...args: never[]) => Promise<infer R> ? Json<R> : never;
type Items<M extends keyof ReferenceService> = ReferenceService[M] extends (...args: never[]) => Promise<[infer I, unknown]> ? Json<I> : never;

export class CountryResponse {
  @ApiProperty({ example: 'SN' }) alpha2: string;
  @ApiProperty({ example: 'SEN' }) alpha3: string;
  @ApiProperty({ example: '686' }) numericCode: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameFr: string;
  @ApiProperty() nameEs: string;
  @ApiProperty() active: boolean;
}
true satisfies SameShape<CountryResponse, Item<'countries'>>;

/** A firearm category or action, named in the registry's three languages. */
export class NamedEntryResponse {
  @ApiProperty({ example: 'pistol' }) code: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() nameFr: string;
  @ApiProperty() nameEs: string;
  @ApiProperty() active: boolean;
}
true satisfies SameShape<NamedEntryResponse, Item<'categories'>>;
true satisfies SameShape<NamedEntryResponse, Item<'actions'>>;
true satisfies SameShape<NamedEntryResponse, Result<'createNamed'>>;
true satisfies SameShape<CountryResponse | NamedEntryResponse, Result<'updateNamed'>>;

export class CalibreResponse {
  @ApiProperty({ example: '9x19' }) code: string;
  @ApiProperty({ example: '9×19mm Parabellum' }) name: string;
  @ApiProperty() active: boolean;
}
true satisfies SameShape<CalibreResponse, Result<'createCalibre'>>;

export class CalibreEntryResponse extends CalibreResponse {
  @ApiProperty({ type: [String], description: 'Spellings that resolve to this calibre.' }) aliases: string[];
}
true satisfies SameShape<CalibreEntryResponse, Item<'calibres'>>;

export class ManufacturerResponse {
  @ApiProperty({ example: 'IZHMASH' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
  @ApiProperty() active: boolean;
}
true satisfies SameShape<ManufacturerResponse, Result<'createManufacturer'>>;

export class ManufacturerEntryResponse extends ManufacturerResponse {
  @ApiProperty({ type: [String], description: 'Spellings that resolve to this manufacturer.' }) aliases: string[];
}
true satisfies SameShape<ManufacturerEntryResponse[], Items<'manufacturers'>>;

/** A make name kept as written because no alias matched, with how many firearms carry it. */
export class UnresolvedMakeResponse {
  @ApiProperty() makeText: string;
  @ApiProperty({ type: 'integer' }) firearms: number;
}
true satisfies SameShape<UnresolvedMakeResponse[], Items<'unresolvedMakes'>>;

export class CalibreAliasesAddedResponse {
  @ApiProperty({ type: [String], description: 'The spellings that were new.' }) added: string[];
}
true satisfies SameShape<CalibreAliasesAddedResponse, Result<'addCalibreAliases'>>;

export class ManufacturerAliasesAddedResponse extends CalibreAliasesAddedResponse {
  @ApiProperty({ type: 'integer', description: 'Firearms kept as written under one of them, now resolved.' }) firearmsResolved: number;
}
true satisfies SameShape<ManufacturerAliasesAddedResponse, Result<'addManufacturerAliases'>>;

export class RetentionResponse {
  @ApiProperty({ enum: ['manufacture', 'other'] }) recordClass: string;
  @ApiProperty({ type: 'integer' }) minimumYears: number;
  @ApiProperty() legalBasis: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
true satisfies SameShape<RetentionResponse[], Result<'retention'>>;
true satisfies SameShape<RetentionResponse, Result<'setRetention'>>;

/** A name registers write for a coded value (a category, a country, an origin…), as imports read it. */
export class ValueAliasResponse {
  @ApiProperty({ example: 'category' }) list: string;
  @ApiProperty({ example: 'fusil de chasse' }) alias: string;
  @ApiProperty({ example: 'shotgun' }) code: string;
}
true satisfies SameShape<ValueAliasResponse[], Items<'valueAliases'>>;

export class ValueAliasesAddedResponse {
  @ApiProperty() list: string;
  @ApiProperty() code: string;
  @ApiProperty({ type: [String], description: 'The names added (those already known are left out).' }) added: string[];
}
true satisfies SameShape<ValueAliasesAddedResponse, Result<'addValueAliases'>>;

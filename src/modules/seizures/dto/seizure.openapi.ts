import { ApiProperty } from '@nestjs/swagger';
import type { SameShape } from '../../../common/http/responds.js';
import { ALERT_STATES } from '../seizure.entities.js';
import type { toHitAlertResponse } from '../hit-alerts.js';

/** Raised when a firearm reported lost or stolen shows up again; addressed to the reporting agency. */
export class HitAlertResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) firearmId: string;
  @ApiProperty({ enum: ALERT_STATES, enumName: 'HitAlertState' }) state: (typeof ALERT_STATES)[number];
  @ApiProperty({ enum: ['lost', 'stolen'] }) statusBefore: 'lost' | 'stolen';
  @ApiProperty({ format: 'uuid' }) triggerEventId: string;
  @ApiProperty() triggerEventType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reportEventId: string | null;
  @ApiProperty({ format: 'uuid' }) addressedAgencyId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) seizureId: string | null;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) acknowledgedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acknowledgedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) acknowledgementNote: string | null;
}
true satisfies SameShape<HitAlertResponse, ReturnType<typeof toHitAlertResponse>>;

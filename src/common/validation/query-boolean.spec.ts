import { plainToInstance } from 'class-transformer';
import { IsBoolean, IsOptional, validateSync } from 'class-validator';
import { QueryBoolean } from './query-boolean.js';

class Flags {
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  active?: boolean;
}

describe('QueryBoolean', () => {
  it('reads the query texts true and false as booleans', () => {
    expect(plainToInstance(Flags, { active: 'true' }).active).toBe(true);
    expect(plainToInstance(Flags, { active: 'false' }).active).toBe(false);
  });

  it('leaves any other text as sent, so the validator refuses it instead of reading it as false', () => {
    const flags = plainToInstance(Flags, { active: 'yes' });
    expect(flags.active).toBe('yes');
    expect(validateSync(flags).map((error) => error.property)).toEqual(['active']);
  });
});

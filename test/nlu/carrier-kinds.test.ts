/**
 * A park, incubator or maker space named by a word of its own (round 10): each is one of （二）'s "等各类载体", read as
 * the kind it is, so the owner is not asked again for a word already given; a park of another name (科技园, 产业园,
 * "science park") is the notice's feature park (特色园).
 */
import { expect, test } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';

test.each([
  ['我们是科技园', 'featurePark'],
  ['产业园区', 'featurePark'],
  ['软件园', 'featurePark'],
  ['创业孵化中心', 'incubator'],
  ['企业加速器', 'incubator'],
  ['联合办公空间', 'makerSpace'],
  ['双创基地', 'startupBase'],
  ['小微企业创业创新基地', 'startupBase'],
  ['文化创意产业园区', 'culturalPark'],
  ['a science park', 'featurePark'],
  ['industrial park', 'featurePark'],
  ['shared office space', 'makerSpace'],
  ["we're a startup hub", 'startupBase'],
  ['creative hub', 'culturalPark'],
])('the carrier named %s is %s', (text, kind) => {
  expect(extractEntities(text).facts.carrierType).toBe(kind);
});

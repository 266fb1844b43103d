-- Genders become codes (female, male, other, unknown), as the app's gender box offers them.
-- Earlier the command stored whatever was typed (女, Male, F...), which the app showed as an
-- empty box. Words it recognises become their code (the list of core/people.py _GENDER_WORDS);
-- anything else is kept as typed, and the app shows it as it is. Nothing is lost.
UPDATE person SET gender = CASE lower(trim(gender))
        WHEN 'female' THEN 'female' WHEN 'f' THEN 'female' WHEN 'woman' THEN 'female'
        WHEN '女' THEN 'female' WHEN '女性' THEN 'female' WHEN '女的' THEN 'female'
        WHEN 'male' THEN 'male' WHEN 'm' THEN 'male' WHEN 'man' THEN 'male'
        WHEN '男' THEN 'male' WHEN '男性' THEN 'male' WHEN '男的' THEN 'male'
        WHEN 'other' THEN 'other' WHEN '其他' THEN 'other' WHEN '其它' THEN 'other'
        WHEN 'unknown' THEN 'unknown' WHEN '未知' THEN 'unknown'
        WHEN '不详' THEN 'unknown' WHEN '不詳' THEN 'unknown'
        WHEN '' THEN NULL
        ELSE gender
    END
WHERE gender IS NOT NULL;

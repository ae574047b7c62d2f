BRIEFINGS_SEARCH_WORDS("cot",{
"cote":"7y",
"cotes":"17,5,1,5,z,6,a,7,t,b,1b,21,6,1,5,2;3x"
});

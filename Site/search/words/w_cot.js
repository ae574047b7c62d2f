BRIEFINGS_SEARCH_WORDS("cot",{
"cote":"7n",
"cotes":"17,5,1,5,z,6,a,7,r,a,16,1y,6,1,5,2;3v"
});

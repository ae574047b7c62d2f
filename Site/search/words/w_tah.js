BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"26",
"taher":"26,p,2f,2j;2v,2f",
"tahrir":"4,1b,1s,2,z,3o,1;1f"
});

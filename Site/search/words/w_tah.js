BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"26",
"taher":"26,p,2e,2h;2v,2e",
"tahrir":"4,1b,1s,2,y,3m,1;1f"
});

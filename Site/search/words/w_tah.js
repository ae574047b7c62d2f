BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"26",
"taher":"26,p,29,2e;2v,29",
"tahrir":"4,1b,1s,2,t,3j,1;1f"
});

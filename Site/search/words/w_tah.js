BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"26",
"taher":"26,p,29,2b;2v,29",
"tahrir":"4,1b,1s,2,t,3g,1;1f"
});

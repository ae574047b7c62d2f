BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"26",
"taher":"26,p,27,2e;2v,27",
"tahrir":"4,1b,1s,2,t,3h,1;1f"
});

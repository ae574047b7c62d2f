BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"27",
"taher":"27,p,28,2b;2w,28",
"tahrir":"4,1b,1t,2,t,3f,1;1f"
});

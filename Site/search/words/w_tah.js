BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"27",
"taher":"27,p,29,2b;2w,29",
"tahrir":"4,1b,1t,2,t,3g,1;1f"
});

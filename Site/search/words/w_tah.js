BRIEFINGS_SEARCH_WORDS("tah",{
"tahar":"27",
"taher":"27,p,2u,2b;2w,2u",
"tahrir":"4,1b,2f,2,t,3f,1;1f"
});

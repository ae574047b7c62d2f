BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2w,3l,t;7b",
"shiite":"1i",
"ships":"75,1;75"
});

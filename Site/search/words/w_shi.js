BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2x,3l,s;7b",
"shiite":"1i",
"ships":"75,1;75"
});

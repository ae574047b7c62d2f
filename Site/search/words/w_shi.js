BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2w,3w,t;7m",
"shiite":"1i",
"ships":"7g,1;7g"
});

BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2w,3l,s;7a",
"shiite":"1i",
"ships":"74,1;74"
});

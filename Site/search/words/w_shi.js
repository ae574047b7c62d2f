BRIEFINGS_SEARCH_WORDS("shi",{
"shield":"1,2w,3v,t;7l",
"shiite":"1i",
"ships":"7f,1;7f"
});

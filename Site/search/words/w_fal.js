BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"3y,3n;3y",
"fallen":"4s,2o",
"falter":"79;79"
});

BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"3z,3m;3z",
"fallen":"4s,2o",
"falter":"79;79"
});

BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"3z,3n;3z",
"fallen":"4t,2o",
"falter":"7a;7a"
});

BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"3y,3o;3y",
"fallen":"4q,2r",
"falter":"7a;7a"
});

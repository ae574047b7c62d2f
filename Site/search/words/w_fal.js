BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"41,3x;41",
"fallen":"4y,2v",
"falter":"7m;7m"
});

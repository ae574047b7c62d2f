BRIEFINGS_SEARCH_WORDS("fal",{
"fall":"41,3w;41",
"fallen":"4y,2u",
"falter":"7l;7l"
});

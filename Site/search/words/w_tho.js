BRIEFINGS_SEARCH_WORDS("tho",{
"those":"6c,1n;6c",
"thousands":"7w"
});

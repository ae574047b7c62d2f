BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"7w"
});

BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6s,v"
});

BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6j,u;6j"
});

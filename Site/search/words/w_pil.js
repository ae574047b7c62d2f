BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6r,u;6r"
});

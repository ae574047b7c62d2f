BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6s,u;6s"
});

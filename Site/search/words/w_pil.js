BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6s,v;6s"
});

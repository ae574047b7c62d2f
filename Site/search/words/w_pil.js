BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6t,v;6t"
});

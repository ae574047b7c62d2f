BRIEFINGS_SEARCH_WORDS("pil",{
"pilots":"6i,t;6i"
});

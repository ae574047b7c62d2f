BRIEFINGS_SEARCH_WORDS("how",{
"how":"5n,11,l,4",
"howitzers":"7a"
});

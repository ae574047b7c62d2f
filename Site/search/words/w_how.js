BRIEFINGS_SEARCH_WORDS("how",{
"how":"5o,11,l,4",
"howitzers":"7b"
});

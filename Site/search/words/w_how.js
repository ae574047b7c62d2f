BRIEFINGS_SEARCH_WORDS("how",{
"how":"5s,14,q,4",
"howitzers":"7n"
});

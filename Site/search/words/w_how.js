BRIEFINGS_SEARCH_WORDS("how",{
"how":"5k,11,p,4",
"howitzers":"7b"
});

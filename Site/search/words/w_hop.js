BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7t",
"hopitaux":"22,2,5j"
});

BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7h",
"hopitaux":"22,2,57"
});

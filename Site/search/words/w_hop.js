BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"83",
"hopitaux":"23,2,5s"
});

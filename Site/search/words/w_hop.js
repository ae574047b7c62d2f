BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7s",
"hopitaux":"22,2,5i"
});

BRIEFINGS_SEARCH_WORDS("hop",{
"hopes":"7k",
"hopitaux":"22,2,5a"
});

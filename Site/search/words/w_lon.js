BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2k",
"londres":"2k,4w",
"long":"1,37,2,1e,2k,6,6",
"longer":"7a,1",
"longtemps":"7l",
"longue":"7n"
});

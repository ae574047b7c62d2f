BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2j",
"londres":"2j,4x",
"long":"1,36,2,1c,2n,6,6",
"longer":"7a,1",
"longtemps":"7l",
"longue":"7n"
});

BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2j",
"londres":"2j,2a,2y",
"long":"1,36,2,1j,2r,6,6",
"longer":"7l,1",
"longtemps":"7w",
"longue":"7y"
});

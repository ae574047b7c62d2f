BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2j",
"londres":"2j,29,2y",
"long":"1,36,2,1i,2r,6,6",
"longer":"7k,1",
"longtemps":"7v",
"longue":"7x"
});

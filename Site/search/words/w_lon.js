BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2j",
"londres":"2j,4w",
"long":"1,36,2,1e,2k,6,6",
"longer":"79,1",
"longtemps":"7k",
"longue":"7m"
});

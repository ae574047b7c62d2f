BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2k",
"londres":"2k,4v",
"long":"1,37,2,1d,25,f,6,6",
"longer":"79,1",
"longtemps":"7k",
"longue":"7m"
});

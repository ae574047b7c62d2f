BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2k",
"londres":"2k,5h",
"long":"1,3t,2,1d,25,f,6,6",
"longer":"7v,1",
"longtemps":"86",
"longue":"88"
});

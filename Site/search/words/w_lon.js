BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2j",
"londres":"2j,2a,30",
"long":"1,36,2,1j,2t,6,6",
"longer":"7n,1",
"longtemps":"7y",
"longue":"80"
});

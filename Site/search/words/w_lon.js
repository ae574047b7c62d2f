BRIEFINGS_SEARCH_WORDS("lon",{
"london":"2j",
"londres":"2j,2a,2z",
"long":"1,36,2,1j,2s,6,6",
"longer":"7m,1",
"longtemps":"7x",
"longue":"7z"
});

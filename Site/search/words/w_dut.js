BRIEFINGS_SEARCH_WORDS("dut",{
"duties":"7v"
});

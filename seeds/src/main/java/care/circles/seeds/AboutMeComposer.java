package care.circles.seeds;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a PA's "about me" in plain English from varied sentences, so that full-text search
 * over the demo register meets the words people really type: gardening, dementia, driving.
 */
final class AboutMeComposer {

    private static final List<String> OPENINGS = List.of(
            "I have lived in {place} most of my life and know the area well.",
            "I cared for my mum for six years and now support other families.",
            "I'm a retired nurse who still loves helping people stay independent at home.",
            "I worked in a residential home for eight years before becoming a personal assistant.",
            "I'm a friendly, patient person who likes to get to know the people I support.",
            "I moved to {place} three years ago and work as a self-employed personal assistant.",
            "I'm a former teaching assistant with lots of experience supporting young adults.",
            "I'm a calm and reliable PA with a full, clean driving licence.",
            "I have been a support worker for over ten years, mostly in people's own homes.",
            "I'm a student nurse looking for evening and weekend work around {place}.",
            "I used to run a café and love cooking proper home-made meals.",
            "I'm a mum of two and can work school hours during the week.",
            "I worked in a day centre for adults with learning disabilities for five years.",
            "I started as a PA when a neighbour in {place} needed help, and found it was the job for me.",
            "I'm semi-retired and enjoy a few hours of meaningful work each week.",
            "I spent twenty years in the army and now want to give something back locally.");

    private static final Map<PaSkill, List<String>> SKILL_SENTENCES = new EnumMap<>(Map.ofEntries(
            Map.entry(PaSkill.PERSONAL_CARE, List.of(
                    "I'm comfortable helping with washing, dressing and personal care, always with dignity.",
                    "I can help with showering, shaving and getting ready in the morning.")),
            Map.entry(PaSkill.MEDICATION_SUPPORT, List.of(
                    "I can prompt and record medication and I've done my medication training.")),
            Map.entry(PaSkill.MEALS, List.of(
                    "I enjoy cooking and can help with shopping, meal planning and special diets.",
                    "I can cook a hot lunch, help with eating and drinking, and keep the fridge stocked.")),
            Map.entry(PaSkill.COMPANIONSHIP, List.of(
                    "Often the most important thing is a chat and a cup of tea, and I'm always happy to do that.",
                    "I'm good company for a game of cards, a crossword or a trip down memory lane.")),
            Map.entry(PaSkill.OUT_AND_ABOUT, List.of(
                    "I like helping people get out and about, to the shops, the library or a café.",
                    "I can come along to clubs, church, the pub or the football.")),
            Map.entry(PaSkill.DEMENTIA, List.of(
                    "I have supported several people living with dementia and I've done dementia awareness training.",
                    "I understand memory loss and help people keep to familiar routines.")),
            Map.entry(PaSkill.LEARNING_DISABILITY, List.of(
                    "I have worked with adults with learning disabilities to build confidence and independence.")),
            Map.entry(PaSkill.AUTISM, List.of(
                    "I understand how important routine is for autistic people and I'm patient and consistent.")),
            Map.entry(PaSkill.MENTAL_HEALTH, List.of(
                    "I have experience supporting people with anxiety and depression, and I'm a good listener.")),
            Map.entry(PaSkill.PHYSICAL_DISABILITY, List.of(
                    "I've supported wheelchair users and people recovering from a stroke.")),
            Map.entry(PaSkill.SENSORY_IMPAIRMENT, List.of(
                    "I have some British Sign Language and have supported people with sight loss.")),
            Map.entry(PaSkill.MOVING_AND_HANDLING, List.of(
                    "I'm trained in moving and handling, including hoists and standing aids.")),
            Map.entry(PaSkill.DRIVING, List.of(
                    "I have my own car with business insurance, so I can drive you to appointments.",
                    "I'm happy to drive to hospital appointments, the supermarket or days out.")),
            Map.entry(PaSkill.HOUSEHOLD_TASKS, List.of(
                    "I can help around the house with cleaning, laundry and keeping on top of things.",
                    "I can help with housework, ironing, changing beds and walking the dog."))));

    private static final List<String> INTERESTS = List.of(
            "In my spare time I enjoy gardening and walking my dog on the coast path.",
            "I love swimming, music and a good quiz.",
            "Outside work I sing in a local choir and play the guitar.",
            "I enjoy baking, crafts and jigsaws, and I'm always happy to share them.",
            "I'm keen on walking, birdwatching and anything outdoors.",
            "I follow football and cricket and like a trip to the seaside.",
            "I love reading, knitting and old films.",
            "I enjoy fishing, photography and exploring the Dorset countryside.",
            "I'm a keen cook and love trying new recipes.",
            "I enjoy swimming at the leisure centre and going to the theatre.",
            "I love gardening, growing vegetables and visiting garden centres.",
            "I play the piano and enjoy all kinds of music, from folk to musicals.");

    private AboutMeComposer() {
    }

    /** One to three sentences: who I am, then perhaps what I do well and what I enjoy. */
    static String compose(Random random, String placeName, List<PaSkill> skills) {
        List<String> sentences = new ArrayList<>(3);
        sentences.add(pick(random, OPENINGS).replace("{place}", placeName));
        int more = random.nextInt(3);
        if (more >= 1) {
            sentences.add(pick(random, SKILL_SENTENCES.get(pick(random, skills))));
        }
        if (more == 2) {
            sentences.add(pick(random, INTERESTS));
        }
        return String.join(" ", sentences);
    }

    private static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
